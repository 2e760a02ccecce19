using Grader.Cnn.Fast;
using Grader.Reference;

namespace Grader.Cnn.Tests.Fast;

public class DenseKernelsTests
{
    const int In = 2592, Out = 10;

    static double[,] Matrix(float[] w)
    {
        var m = new double[Out, In];
        for (int j = 0; j < Out; j++)
            for (int i = 0; i < In; i++) m[j, i] = w[j * In + i];
        return m;
    }

    [Test]
    public void Forward_matches_the_reference()
    {
        var (x, w, b) = (Arrays.Random(In, 1), Arrays.Random(Out * In, 2, 0.05), Arrays.Random(Out, 3));
        var y = new float[Out];
        DenseKernels.Forward(x, w, b, y);
        Arrays.AssertClose(y, Mlp.Dense(Arrays.Double(x), Matrix(w), Arrays.Double(b)));
    }

    [Test]
    public void Backward_matches_the_reference()
    {
        var (x, w, dy) = (Arrays.Random(In, 4), Arrays.Random(Out * In, 5), Arrays.Random(Out, 6));
        var (dW, db, dx) = (new float[Out * In], new float[Out], new float[In]);
        DenseKernels.Backward(x, w, dy, dW, db, dx);
        Arrays.AssertClose(dW, Arrays.Flat(Mlp.DenseWeightGradient(Arrays.Double(x), Arrays.Double(dy))));
        Arrays.AssertClose(db, Mlp.DenseBiasGradient(Arrays.Double(dy)));
        Arrays.AssertClose(dx, Mlp.DenseInputGradient(Matrix(w), Arrays.Double(dy)));
    }

    [Test]
    public void Softmax_cross_entropy_matches_the_reference_and_scales_its_gradient()
    {
        var logits = Arrays.Random(Out, 7, 20);
        var target = new double[Out];
        target[4] = 1;
        var d = new float[Out];
        double loss = DenseKernels.SoftmaxCrossEntropy(logits, 4, 0.5f, d);
        Assert.That(loss, Is.EqualTo(Losses.SoftmaxCrossEntropy(Arrays.Double(logits), target)).Within(1e-9));
        Arrays.AssertClose(d,
            Losses.SoftmaxCrossEntropyGradient(Arrays.Double(logits), target).Select(v => v / 2).ToArray(), 1e-6);
    }
}
