package dev.facet.exporters.bop;

import java.util.List;

/** What one frame contributes to the scene's three JSON files, collected until the run ends. */
record BopFrame(long imId, double[] camK, double[] camRw2c, double[] camTw2c, List<Gt> gts) {

    /** One object of the frame: its entry of scene_gt.json and of scene_gt_info.json. */
    record Gt(int objId, int instanceId, ObjectPose pose, GtInfo info) {
    }
}
