using Grader.Cnn.Data;
using Grader.Cnn.Model;

namespace Grader.Cnn.Fast;

/// <summary>Mean softmax cross-entropy and accuracy of weights on a data set, with the fast float32 network on
/// two threads (each sums its half in order; the halves are added in a fixed order).</summary>
public static class Evaluator
{
    public static (double Loss, double Accuracy) Evaluate(CnnWeights weights, MnistSet data, int threads = 2)
    {
        int split = (data.Count + 1) / 2;
        var results = new (double Loss, int Correct)[2];
        void Half(int h) => results[h] = Run(weights, data, h == 0 ? 0 : split, h == 0 ? split : data.Count);
        if (threads > 1) Parallel.Invoke(() => Half(0), () => Half(1));
        else { Half(0); Half(1); }
        return ((results[0].Loss + results[1].Loss) / data.Count,
            (double)(results[0].Correct + results[1].Correct) / data.Count);
    }

    static (double, int) Run(CnnWeights weights, MnistSet data, int from, int to)
    {
        var net = new SampleNetwork(weights.Activation);
        Span<float> unused = stackalloc float[CnnShape.Classes];
        double loss = 0;
        int correct = 0;
        for (int i = from; i < to; i++)
        {
            data.CopyImage(i, net.Image);
            net.Forward(weights);
            int label = data.Label(i);
            loss += DenseKernels.SoftmaxCrossEntropy(net.Logits, label, 0f, unused);
            correct += net.PredictedClass() == label ? 1 : 0;
        }
        return (loss, correct);
    }
}
