package com.example.readme;

// The example of README.md, verbatim: it compiles and its check passes here.
import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.junit.jupiter.api.Test;

class DenseTest {
    @Test
    void backwardIsCorrect() {
        Random random = new Random(42);
        double[][] x = new double[4][5];
        for (double[] row : x) for (int j = 0; j < 5; j++) row[j] = random.nextGaussian();
        GradCheck.of(new Dense(4, 3, random)).input(x).assertCorrect();
    }
}
