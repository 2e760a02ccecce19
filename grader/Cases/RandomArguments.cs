using Grader.Assignments;
using Newtonsoft.Json.Linq;

namespace Grader.Cases;

/// <summary>Draws one case's arguments from a RandomCasesSpec: dims first, in order, then each argument.</summary>
public static class RandomArguments
{
    public static JArray Draw(RandomCasesSpec spec, Random random)
    {
        var dims = new Dictionary<string, int>();
        foreach (var (name, rule) in spec.Dims)
            dims[name] = DrawDim(rule!, dims, random);
        return new JArray(spec.Args.Select(arg => DrawArg(arg, dims, random)));
    }

    static int DrawDim(JToken rule, Dictionary<string, int> dims, Random random)
    {
        if (rule.Type == JTokenType.Integer) return rule.Value<int>();
        var text = rule.Value<string>() ?? "";
        var range = text.Split("..");
        return range.Length == 2
            ? random.Next(DimExpression.Evaluate(range[0], dims), DimExpression.Evaluate(range[1], dims) + 1)
            : DimExpression.Evaluate(text, dims);
    }

    static JToken DrawArg(ArgSpec arg, Dictionary<string, int> dims, Random random)
    {
        if (arg.Dim is not null) return new JValue(DimExpression.Evaluate(arg.Dim, dims));
        if (arg.Value is not null) return arg.Value.DeepClone();
        if (arg.Choice is not null) return arg.Choice[random.Next(arg.Choice.Count)].DeepClone();
        if (arg.Tensor is { Count: 0 }) return Element(arg, random); // a tensor of no dims is a scalar
        if (arg.Tensor is not null)
            return Tensor(arg, arg.Tensor.Select(d => DimExpression.Evaluate(d, dims)).ToArray(), 0, random);
        throw new ArgumentException("a random argument needs one of 'tensor', 'dim', 'value' or 'choice'");
    }

    static JArray Tensor(ArgSpec arg, int[] shape, int axis, Random random) =>
        new(Enumerable.Range(0, shape[axis]).Select(_ => axis == shape.Length - 1
            ? Element(arg, random)
            : (JToken)Tensor(arg, shape, axis + 1, random)));

    static JValue Element(ArgSpec arg, Random random)
    {
        if (arg.Bernoulli is { } p) return new JValue(random.NextDouble() < p); // a mask: true keeps
        double lo = arg.Range[0], hi = arg.Range[1];
        if (arg.Integers) return new JValue(random.Next((int)lo, (int)hi + 1));
        return new JValue(Math.Round(lo + random.NextDouble() * (hi - lo), arg.Decimals));
    }
}
