import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.gradcheck4j.junit.GradCheckTest;

// A test template of README's Dense: seeds {1, 2, 3} × {at init, after 20 steps} = 6 invocations.
class DenseGradCheckTests {
    @GradCheckTest
    void dense(Random random, GradCheckInvocation invocation) {
        double[][] x = new double[4][5];
        for (double[] row : x) for (int j = 0; j < 5; j++) row[j] = random.nextGaussian();
        invocation.check(GradCheck.of(new Dense(4, 3, random)).input(x));
    }
}
