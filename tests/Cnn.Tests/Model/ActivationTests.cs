using Grader.Cnn.Model;

namespace Grader.Cnn.Tests.Model;

public class ActivationTests
{
    [Test]
    public void Names_parse_back_to_the_same_activation() =>
        Assert.That(Activation.Variants.Select(a => Activation.Parse(a.Name)), Is.EqualTo(Activation.Variants));

    [Test]
    public void Names_are_file_friendly() =>
        Assert.That(Activation.Variants.Select(a => a.Name),
            Is.EqualTo(new[] { "leaky-1", "leaky-0.5", "leaky0", "leaky0.5", "leaky1", "prelu" }));

    [Test]
    public void Unknown_names_are_rejected() =>
        Assert.That(() => Activation.Parse("relu"), Throws.InstanceOf<FormatException>());
}
