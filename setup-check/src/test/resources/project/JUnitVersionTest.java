import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// Records the version of the JUnit Jupiter API on the classpath, for the outer test to compare.
class JUnitVersionTest {
    @Test
    void recordJUnitVersion() throws Exception {
        Files.writeString(Path.of("target", "junit-version.txt"), String.valueOf(Test.class.getPackage().getImplementationVersion()));
    }
}
