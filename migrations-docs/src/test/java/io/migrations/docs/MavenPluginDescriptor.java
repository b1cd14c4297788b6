package io.migrations.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The goals of {@code migrations-maven-plugin} and their parameters, read from the plugin descriptor
 * ({@code META-INF/maven/plugin.xml}) that the build generates from the mojos' annotations and Javadoc.
 *
 * @param goals every goal, in the descriptor's order
 */
record MavenPluginDescriptor(List<Goal> goals) {

    /** A goal with the parameters a user can set. */
    record Goal(String name, String description, List<Parameter> parameters) {
    }

    /**
     * One parameter.
     *
     * @param property     the user property that sets it ({@code -Dmigrations.url=...}), or empty
     * @param defaultValue its default, or empty
     */
    record Parameter(String name, String property, String defaultValue, boolean required, String description) {
    }

    private static final String DESCRIPTOR = "META-INF/maven/plugin.xml";

    static MavenPluginDescriptor read() {
        try {
            for (URL url : Collections.list(MavenPluginDescriptor.class.getClassLoader().getResources(DESCRIPTOR))) {
                try (InputStream in = url.openStream()) {
                    Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
                    if ("io.migrations".equals(text(plugin, "groupId"))) {
                        return new MavenPluginDescriptor(goals(plugin));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Unreadable " + DESCRIPTOR, e);
        }
        throw new IllegalStateException("No " + DESCRIPTOR + " of io.migrations on the class path");
    }

    private static List<Goal> goals(Element plugin) {
        List<Goal> goals = new ArrayList<>();
        for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
            Element configuration = child(mojo, "configuration");
            List<Parameter> parameters = new ArrayList<>();
            for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
                if ("false".equals(text(parameter, "editable"))) {
                    continue; // ${project}, ${session} and the like: not the user's to set
                }
                String name = text(parameter, "name");
                Element value = configuration == null ? null : child(configuration, name);
                String expression = value == null ? "" : value.getTextContent().trim();
                String property = expression.startsWith("${") && expression.endsWith("}")
                        ? expression.substring(2, expression.length() - 1) : "";
                String defaultValue = value == null ? "" : value.getAttribute("default-value");
                parameters.add(new Parameter(name, property, defaultValue, "true".equals(text(parameter, "required")),
                        text(parameter, "description")));
            }
            goals.add(new Goal(text(mojo, "goal"), text(mojo, "description"), List.copyOf(parameters)));
        }
        return List.copyOf(goals);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? "" : element.getTextContent().trim();
    }
}
