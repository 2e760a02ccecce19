namespace Grader.Cnn.Training;

/// <summary>Loss and accuracy of the weights at the end of an epoch, evaluated on the whole sets; Running* are
/// the means over the epoch while it trained (what Keras prints).</summary>
public sealed record EpochMetrics(int Epoch, double TrainLoss, double TrainAccuracy, double TestLoss,
    double TestAccuracy, double RunningTrainLoss, double RunningTrainAccuracy, double Seconds);

/// <summary>A point of the learning curves: at a fraction of training (in epochs), the mean training loss and
/// accuracy over the batches since the previous point, and the test loss and accuracy.</summary>
public sealed record CurvePoint(double Epoch, double TrainLoss, double TrainAccuracy, double TestLoss,
    double TestAccuracy);

/// <summary>Mean and (population) standard deviation of the learned PReLU slopes of one layer.</summary>
public sealed record AlphaStats(int Layer, int Count, double Mean, double Std);

public sealed record VariantResult(string Activation, string WeightsFile, IReadOnlyList<EpochMetrics> Epochs,
    IReadOnlyList<CurvePoint> Curve, IReadOnlyList<AlphaStats>? PreluAlphas);

public sealed record ReferenceResults(int Seed, int Epochs, int BatchSize, string Optimizer, string Initialisation,
    string Data, IReadOnlyList<VariantResult> Variants);
