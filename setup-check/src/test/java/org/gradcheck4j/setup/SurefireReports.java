package org.gradcheck4j.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** What Surefire's XML reports of a module say: counts, test names, and the failing tests with their messages. */
record SurefireReports(int tests, int failures, int errors, int skipped, List<String> failed, List<String> names) {

    static SurefireReports read(Path module) throws IOException {
        Path dir = module.resolve("target/surefire-reports");
        if (!Files.isDirectory(dir)) {
            return new SurefireReports(0, 0, 0, 0, List.of(), List.of());
        }
        int[] counts = new int[4];
        List<String> failed = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                add(parse(file), counts, failed, names);
            }
        }
        return new SurefireReports(counts[0], counts[1], counts[2], counts[3], failed, names);
    }

    private static void add(Element suite, int[] counts, List<String> failed, List<String> names) {
        String[] attributes = {"tests", "failures", "errors", "skipped"};
        for (int i = 0; i < attributes.length; i++) {
            counts[i] += Integer.parseInt(suite.getAttribute(attributes[i]));
        }
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            names.add(c.getAttribute("name"));
            NodeList failure = c.getElementsByTagName("failure");
            if (failure.getLength() > 0) {
                failed.add(c.getAttribute("classname") + ": " + ((Element) failure.item(0)).getAttribute("message"));
            }
        }
    }

    private static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file, e);
        }
    }
}
