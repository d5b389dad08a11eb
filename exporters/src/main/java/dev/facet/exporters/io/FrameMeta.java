package dev.facet.exporters.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Frame;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.ObjectAnnotation;
import dev.facet.engine.scene.Camera;
import dev.facet.engine.scene.Lighting;
import dev.facet.engine.scene.Material;
import dev.facet.engine.scene.Rgb;
import dev.facet.engine.scene.Scene;
import dev.facet.engine.scene.SceneObject;
import dev.facet.engine.scene.Shape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.joml.Matrix4dc;
import org.joml.Vector3dc;

/**
 * The {@code meta/NNNNNN.json} document of one frame, field by field as the contract names
 * them; the webdataset {@code .json} member holds the same bytes.
 */
public final class FrameMeta {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final Object KEY = new Object();

    private FrameMeta() {
    }

    /** The document as UTF-8, pretty-printed; made once per frame and shared. */
    public static byte[] json(Frame frame) {
        return frame.derived(KEY, () -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = FiniteJson.guard(JSON.createGenerator(bytes), "meta of frame " + frame.index())) {
                g.useDefaultPrettyPrinter();
                write(g, frame);
            } catch (IOException e) {
                throw new UncheckedIOException("meta of frame " + frame.index(), e);
            }
            return bytes.toByteArray();
        });
    }

    private static void write(JsonGenerator g, Frame frame) throws IOException {
        Scene scene = frame.scene();
        g.writeStartObject();
        g.writeNumberField("frame", frame.index());
        g.writeNumberField("seed", scene.seed());
        g.writeNumberField("time_s", scene.timeS());
        if (scene.sequence() != null) {  // only frames of sequences carry these, so still frames keep their bytes
            g.writeNumberField("sequence", scene.sequence());
            g.writeNumberField("step", scene.step());
        }
        if (!scene.params().isEmpty()) {
            g.writeObjectFieldStart("params");  // the sweep point this frame belongs to
            for (Map.Entry<String, Object> e : scene.params().entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeObject(e.getValue());
            }
            g.writeEndObject();
        }
        writeCamera(g, scene.camera());
        g.writeFieldName("objects");
        g.writeStartArray();
        AmodalMasks amodal = frame.pixels().layers().has(Modality.AMODAL) ? frame.pixels().layers().amodal() : null;
        for (ObjectAnnotation annotation : frame.annotations()) {
            writeObject(g, annotation, scene.camera(), amodal);
        }
        g.writeEndArray();
        writeLighting(g, scene.lighting());
        g.writeFieldName("background");
        writeColor(g, scene.background());
        g.writeEndObject();
    }

    private static void writeCamera(JsonGenerator g, Camera camera) throws IOException {
        g.writeObjectFieldStart("camera");
        g.writeNumberField("width", camera.width());
        g.writeNumberField("height", camera.height());
        g.writeFieldName("K");
        writeRows(g, camera.k());
        g.writeFieldName("world_to_camera");
        writeRows(g, rows(camera.worldToCamera()));
        g.writeNumberField("near", camera.near());
        g.writeNumberField("far", camera.far());
        g.writeEndObject();
    }

    private static void writeObject(JsonGenerator g, ObjectAnnotation annotation, Camera camera, AmodalMasks amodal)
            throws IOException {
        SceneObject object = annotation.object();
        g.writeStartObject();
        g.writeNumberField("instance_id", object.instanceId());
        g.writeNumberField("category_id", object.category().id());
        g.writeStringField("category", object.category().name());
        g.writeStringField("name", object.name());
        g.writeFieldName("world_from_object");
        writeRows(g, rows(object.worldFromObject()));
        writeShape(g, object.shape());
        writeMaterial(g, object.material());
        if (annotation.pixelCount() > 0) {
            g.writeFieldName("bbox_2d");
            g.writeArray(annotation.bbox(), 0, 4);
        }
        g.writeNumberField("pixel_count", annotation.pixelCount());
        if (amodal != null) {  // only runs that made amodal masks carry these
            AmodalMasks.Mask m = amodal.of(object.instanceId());
            g.writeNumberField("amodal_pixel_count", m == null ? 0 : m.pixelCount());
            g.writeNumberField("amodal_pixel_count_all", m == null ? 0 : m.pixelCountAll());
            g.writeNumberField("visibility", Visibility.of(annotation, m));
        }
        writeBox(g, ObjectBox.of(object, camera));
        g.writeEndObject();
    }

    private static void writeBox(JsonGenerator g, ObjectBox box) throws IOException {
        g.writeObjectFieldStart("box_3d");
        g.writeFieldName("center");
        g.writeArray(box.center(), 0, 3);
        g.writeFieldName("size");
        g.writeArray(box.size(), 0, 3);
        g.writeFieldName("rotation");
        writeRows(g, new double[][] {
            {box.rotation()[0], box.rotation()[1], box.rotation()[2]},
            {box.rotation()[3], box.rotation()[4], box.rotation()[5]},
            {box.rotation()[6], box.rotation()[7], box.rotation()[8]}});
        g.writeArrayFieldStart("keypoints_2d");
        for (double[] k : box.keypoints2d()) {
            if (k == null) {
                g.writeNull();
            } else {
                g.writeArray(k, 0, 2);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeShape(JsonGenerator g, Shape shape) throws IOException {
        g.writeObjectFieldStart("shape");
        g.writeStringField("type", shape.type());
        if (shape instanceof Shape.Box box) {
            g.writeFieldName("size");
            g.writeArray(new double[] {box.sx(), box.sy(), box.sz()}, 0, 3);
        } else if (shape instanceof Shape.Sphere sphere) {
            g.writeNumberField("radius", sphere.radius());
        } else if (shape instanceof Shape.Cylinder cylinder) {
            g.writeNumberField("radius", cylinder.radius());
            g.writeNumberField("height", cylinder.height());
        } else if (shape instanceof Shape.Plane plane) {
            g.writeFieldName("size");
            g.writeArray(new double[] {plane.sx(), plane.sz()}, 0, 2);
        } else if (shape instanceof Shape.Mesh mesh) {
            g.writeStringField("source", mesh.source());
            g.writeFieldName("bounds_min");
            g.writeArray(new double[] {mesh.min().x(), mesh.min().y(), mesh.min().z()}, 0, 3);
            g.writeFieldName("bounds_max");
            g.writeArray(new double[] {mesh.max().x(), mesh.max().y(), mesh.max().z()}, 0, 3);
        } else {
            throw new IllegalArgumentException("unknown shape " + shape);
        }
        g.writeEndObject();
    }

    private static void writeMaterial(JsonGenerator g, Material material) throws IOException {
        g.writeObjectFieldStart("material");
        g.writeFieldName("color");
        writeColor(g, material.color());
        g.writeNumberField("roughness", material.roughness());
        g.writeNumberField("metalness", material.metalness());
        g.writeEndObject();
    }

    private static void writeLighting(JsonGenerator g, Lighting lighting) throws IOException {
        g.writeObjectFieldStart("lighting");
        Vector3dc sun = lighting.sunDirection();
        g.writeFieldName("sun_direction");
        g.writeArray(new double[] {sun.x(), sun.y(), sun.z()}, 0, 3);
        g.writeFieldName("sun_color");
        writeColor(g, lighting.sunColor());
        g.writeNumberField("sun_intensity", lighting.sunIntensity());
        g.writeFieldName("sky_color");
        writeColor(g, lighting.skyColor());
        g.writeFieldName("ground_color");
        writeColor(g, lighting.groundColor());
        g.writeNumberField("ambient_intensity", lighting.ambientIntensity());
        g.writeEndObject();
    }

    private static void writeColor(JsonGenerator g, Rgb color) throws IOException {
        g.writeArray(color.toArray(), 0, 3);
    }

    private static void writeRows(JsonGenerator g, double[][] rows) throws IOException {
        g.writeStartArray();
        for (double[] row : rows) {
            g.writeArray(row, 0, row.length);
        }
        g.writeEndArray();
    }

    /** A JOML matrix (stored column-major) as row-major nested arrays: {@code rows[r][c]}. */
    private static double[][] rows(Matrix4dc m) {
        double[] columnMajor = m.get(new double[16]);
        double[][] rows = new double[4][4];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                rows[r][c] = columnMajor[4 * c + r];
            }
        }
        return rows;
    }
}
