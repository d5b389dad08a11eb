package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.dataset.FrameMeta;
import dev.facet.inspect.dataset.MetaObject;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The data the report page shows, as one JSON document: the dataset, its categories, the
 * frames of the grid (objects, parameters, shard and sequence), the charts' numbers and,
 * when given, an evaluation ({@code facet eval}'s eval.json) to plot against its slices.
 */
final class ReportModel {
    private ReportModel() {
    }

    static ObjectNode of(Dataset dataset, List<Long> frames, String filesFolder, JsonNode eval, boolean served)
            throws IOException {
        ObjectNode root = Dataset.JSON.createObjectNode();
        ObjectNode info = root.putObject("dataset");
        info.put("path", dataset.root().getFileName() == null ? "/" : dataset.root().getFileName().toString());
        info.put("scenario", dataset.scenarioName());
        info.put("frames", dataset.frames().size());
        info.put("width", dataset.width());
        info.put("height", dataset.height());
        ArrayNode modalities = info.putArray("modalities");
        dataset.modalities().forEach(modalities::add);
        root.put("files", filesFolder);
        root.put("served", served);
        ArrayNode categories = root.putArray("categories");
        for (Map.Entry<Integer, String> c : dataset.categories().entrySet()) {
            categories.addObject().put("id", c.getKey()).put("name", c.getValue())
                    .put("color", Colours.hex(Colours.ofId(c.getKey())));
        }
        ArrayNode grid = root.putArray("frames");
        for (long frame : frames) {
            grid.add(frame(dataset.meta(frame)));
        }
        root.set("charts", DatasetCharts.of(dataset));
        if (eval != null) {
            root.set("eval", eval);
        }
        return root;
    }

    private static ObjectNode frame(FrameMeta meta) {
        ObjectNode f = Dataset.JSON.createObjectNode();
        f.put("frame", meta.frame());
        ObjectNode params = f.putObject("params");
        meta.params().forEach(params::set);
        for (String field : new String[] {"shard", "sequence"}) {
            if (meta.text(field) != null) {
                f.put(field, meta.text(field));
            }
        }
        ArrayNode objects = f.putArray("objects");
        for (MetaObject o : meta.objects()) {
            ObjectNode n = objects.addObject();
            n.put("id", o.instanceId());
            n.put("category_id", o.categoryId());
            n.put("category", o.category());
            n.put("name", o.name());
            n.put("pixels", o.pixelCount());
            n.put("color", Colours.hex(Colours.ofId(o.instanceId())));
            if (o.bbox() != null) {
                ArrayNode b = n.putArray("bbox");
                for (int v : o.bbox()) {
                    b.add(v);
                }
            }
            if (!Double.isNaN(o.visibility())) {
                n.put("visibility", o.visibility());
            }
            JsonNode box3d = o.raw().path("box_3d").path("corners_px");
            if (box3d.isArray() && box3d.size() == 8) {
                n.set("corners_px", box3d);
            }
        }
        return f;
    }
}
