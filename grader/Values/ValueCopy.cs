using System.Runtime.CompilerServices;

namespace Grader.Values;

/// <summary>
/// A deep copy of a homework value (numbers, strings, arrays of any rank, jagged arrays, value tuples):
/// a worker converts a case's arguments once and hands every submission its own copy,
/// which the student's code may change freely.
/// </summary>
public static class ValueCopy
{
    public static object? Of(object? value) => value switch
    {
        Array array => CopyArray(array),
        ITuple when value.GetType().IsValueType => CopyFields(value),
        _ => value, // numbers, bools and strings cannot be changed
    };

    // Field by field (Item1…Item7, then Rest, itself a tuple): a boxed copy whose fields are copies.
    static object CopyFields(object tuple)
    {
        var copy = Activator.CreateInstance(tuple.GetType())!;
        foreach (var field in tuple.GetType().GetFields()) field.SetValue(copy, Of(field.GetValue(tuple)));
        return copy;
    }

    static Array CopyArray(Array array)
    {
        var copy = (Array)array.Clone();
        var element = array.GetType().GetElementType()!;
        if (element.IsPrimitive || element == typeof(string)) return copy;
        var index = new int[array.Rank];
        for (int flat = 0; flat < array.Length; flat++)
        {
            for (int axis = array.Rank - 1, rest = flat; axis >= 0; rest /= array.GetLength(axis), axis--)
                index[axis] = rest % array.GetLength(axis);
            copy.SetValue(Of(array.GetValue(index)), index);
        }
        return copy;
    }
}
