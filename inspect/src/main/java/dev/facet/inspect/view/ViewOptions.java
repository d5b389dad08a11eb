package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a report shows.
 *
 * @param sample frames in the grid, evenly spread; 0 for every frame
 * @param eval an evaluation document ({@code facet eval}'s eval.json) to plot, or null
 */
public record ViewOptions(int sample, JsonNode eval) {
}
