namespace Marketplace.Application.Funds.Pipeline;

public static class DealEventKinds
{
    public const string Created = "created";
    public const string Stage = "stage";
    public const string Assigned = "assigned";
}
