package dev.facet.scenarios.randomize;

/**
 * One aspect of a frame drawn at random (one small class each). A randomizer draws only
 * from {@code frame.rng(identity())}: a stream keyed by (run seed, frame index, identity),
 * where the identity is the JSON path of the part of the scenario it randomizes. Adding a
 * randomizer therefore leaves every other randomizer's draws unchanged.
 */
public interface Randomizer {

    /** A stable name, unique within the scenario: the JSON path of what it randomizes. */
    String identity();

    void apply(FrameDraft frame);
}
