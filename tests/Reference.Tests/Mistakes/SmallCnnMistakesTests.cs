using Grader.Reference.Mistakes;

namespace Grader.Reference.Tests.Mistakes;

public class SmallCnnMistakesTests
{
    static double[] Random(int count, int seed, double lo, double hi)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => lo + (hi - lo) * random.NextDouble()).ToArray();
    }

    [Test]
    public void EveryWrongForwardPassDiffersFromTheCorrectOneAndFromTheOthers()
    {
        var w = Random(SmallCnn.LeakyCount, 1, -0.1, 0.1);
        var image = Random(784, 2, 0, 1);
        var answers = new[]
        {
            SmallCnn.Logits(w, image, 0),
            SmallCnnMistakes.LogitsFlattenedHwc(w, image, 0),
            SmallCnnMistakes.LogitsDenseTransposed(w, image, 0),
            SmallCnnMistakes.LogitsKernelsRotated(w, image, 0),
        };
        for (int a = 0; a < answers.Length; a++)
            for (int b = a + 1; b < answers.Length; b++)
                Assert.That(answers[a], Is.Not.EqualTo(answers[b]).Within(1e-3), $"answers {a} and {b}");
    }

    [Test]
    public void FlatteningHwcIsTheCorrectPassWithTheDenseColumnsReorderedAsKerasWould()
    {
        // FORMAT.md: a Keras dense kernel over H×W×C inputs becomes ours by
        // w.reshape(18, 18, 8, 10).transpose(3, 2, 0, 1).
        var w = Random(SmallCnn.LeakyCount, 3, -0.1, 0.1);
        var image = Random(784, 4, 0, 1);
        var reordered = (double[])w.Clone();
        for (int j = 0; j < 10; j++)
            for (int c = 0; c < 8; c++)
                for (int yx = 0; yx < 324; yx++)
                    reordered[2008 + j * 2592 + yx * 8 + c] = w[2008 + j * 2592 + c * 324 + yx];
        Assert.That(SmallCnnMistakes.LogitsFlattenedHwc(reordered, image, -0.5),
            Is.EqualTo(SmallCnn.Logits(w, image, -0.5)).Within(1e-12));
    }

    [Test]
    public void WrongParameterCountsOfTheHomeworkNetwork()
    {
        Assert.That(SmallCnnMistakes.TotalParametersSlopePerChannel(28, 8, 7, 5, 10, true), Is.EqualTo(27954));
        Assert.That(SmallCnnMistakes.TotalParametersSlopePerChannel(28, 8, 7, 5, 10, false), Is.EqualTo(27938));
        Assert.That(SmallCnnMistakes.LayerParametersWithoutBiases(28, 8, 7, 5, 10),
            Is.EqualTo(new long[] { 392, 1600, 25920 }));
    }
}
