import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The mutation score of the samples' backward code, read from PIT's mutations.xml. Backward code is
 * every method named backward, derivative or ...Backward, every method named ...Gradient that takes
 * arguments (the accessors of gradient fields take none), and the helpers only backward calls
 * (route, scatter, addInside, addWeightDecay). Prints the score and every surviving mutant; exits
 * with 1 when the score is below the minimum.
 *
 * <p>Run: {@code java samples/pitest/BackwardMutationScore.java samples/target/pit-reports/mutations.xml 95}
 */
public class BackwardMutationScore {

    private static final Set<String> HELPERS = Set.of("route", "scatter", "addInside", "addWeightDecay");

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/pit-reports/mutations.xml");
        double minimum = args.length > 1 ? Double.parseDouble(args[1]) : 95;
        NodeList mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("mutation");
        int total = 0;
        int killed = 0;
        int all = mutations.getLength();
        int allKilled = 0;
        List<String> survivors = new ArrayList<>();
        for (int i = 0; i < all; i++) {
            Element m = (Element) mutations.item(i);
            boolean detected = Boolean.parseBoolean(m.getAttribute("detected"));
            allKilled += detected ? 1 : 0;
            String method = text(m, "mutatedMethod");
            if (!isBackward(method, text(m, "methodDescription"))) {
                continue;
            }
            total++;
            if (detected) {
                killed++;
            } else {
                String type = text(m, "mutatedClass");
                survivors.add(type.substring(type.lastIndexOf('.') + 1) + "." + method + " line " + text(m, "lineNumber")
                        + ": " + text(m, "description") + " (" + m.getAttribute("status") + ")");
            }
        }
        double score = total == 0 ? 0 : 100.0 * killed / total;
        System.out.printf("all mutants: %d, killed %d (%.1f%%)%n", all, allKilled, all == 0 ? 0 : 100.0 * allKilled / all);
        System.out.printf("backward mutants: %d, killed %d (%.1f%%), minimum %.1f%%%n", total, killed, score, minimum);
        survivors.forEach(s -> System.out.println("  survived: " + s));
        if (score < minimum) {
            System.exit(1);
        }
    }

    static boolean isBackward(String method, String descriptor) {
        boolean takesArguments = !descriptor.startsWith("()");
        return method.equals("backward") || method.equals("derivative") || method.endsWith("Backward")
                || method.endsWith("Gradient") && takesArguments || HELPERS.contains(method);
    }

    private static String text(Element m, String tag) {
        return m.getElementsByTagName(tag).item(0).getTextContent();
    }
}
