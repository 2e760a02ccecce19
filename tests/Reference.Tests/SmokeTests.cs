namespace Grader.Reference.Tests; public class SmokeTests { [Test] public void PadKeepsCentre() => Assert.That(Grader.Reference.Tensors.Pad(new double[1,1,1]{{{5}}},1)[0,1,1], Is.EqualTo(5)); }
