using Grader.Cnn.Data;

namespace Grader.Cnn.Training;

public static class ReferenceTraining
{
    public static void Run(MnistSet train, MnistSet test, string outDir, int epochs, int seed, TextWriter log) =>
        throw new NotImplementedException();
}
