namespace Grader.Reference;

/// <summary>Shape helpers shared by every topic: the reference works on plain arrays.</summary>
public static class Tensors
{
    // Zero-pads the last two axes of a C×H×W array by p on every side.
    public static double[,,] Pad(double[,,] x, int p)
    {
        int c = x.GetLength(0), h = x.GetLength(1), w = x.GetLength(2);
        var y = new double[c, h + 2 * p, w + 2 * p];
        for (int k = 0; k < c; k++)
            for (int i = 0; i < h; i++)
                for (int j = 0; j < w; j++)
                    y[k, i + p, j + p] = x[k, i, j];
        return y;
    }
}
