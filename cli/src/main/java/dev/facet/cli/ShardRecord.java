package dev.facet.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facet.engine.spi.FrameRange;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a finished shard writes, {@code parts/shards/sIIIIofNNNN.json}: which shard of which run
 * range it was, its block, how many frames are done, and a SHA-256 over its frames' done
 * records in frame order.
 */
record ShardRecord(Shard shard, FrameRange range, FrameRange block, long done, String run, String sha256) {

    /** The record of {@code shard}, whose frames of {@code range} are {@code block}. */
    static ShardRecord of(DatasetParts parts, Shard shard, FrameRange range, FrameRange block, String runId)
            throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long done = 0;
        for (long k = block.start(); k < block.end(); k++) {
            byte[] record = parts.doneRecord(k, runId);
            if (record != null) {
                digest.update(record);
                done++;
            }
        }
        return new ShardRecord(shard, range, block, done, runId, HexFormat.of().formatHex(digest.digest()));
    }

    boolean complete() {
        return done == block.count();
    }

    ObjectNode toJson() {
        ObjectNode n = RunRecord.JSON.createObjectNode();
        n.put("shard", shard.index());
        n.put("of", shard.count());
        n.putArray("range").add(range.start()).add(range.count());
        n.putArray("block").add(block.start()).add(block.count());
        n.put("done", done);
        n.put("run", run);
        n.put("sha256", sha256);
        return n;
    }

    static ShardRecord parse(ObjectNode n) {
        return new ShardRecord(new Shard(n.path("shard").intValue(), n.path("of").intValue()),
                new FrameRange(n.path("range").get(0).longValue(), n.path("range").get(1).longValue()),
                new FrameRange(n.path("block").get(0).longValue(), n.path("block").get(1).longValue()),
                n.path("done").longValue(), n.path("run").asText(), n.path("sha256").asText());
    }
}
