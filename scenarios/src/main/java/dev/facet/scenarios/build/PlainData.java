package dev.facet.scenarios.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scenario's description as plain maps, lists, strings and numbers, converted from its
 * records by Jackson (field order kept): what {@code describe()} gives and dataset.json records,
 * for file scenarios and the tabletop alike.
 */
public final class PlainData {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private PlainData() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> toMap(Object description) {
        return MAPPER.convertValue(description, LinkedHashMap.class);
    }
}
