namespace Network.Grains.Ratings;

/// <summary>What a matter tells the desk of its window (internal, one-way): it just served a citizen there.</summary>
internal interface IRatingDeskUpkeepGrain : IGrainWithStringKey
{
    [Orleans.Concurrency.OneWay]
    Task Offer(RatingOccasion occasion);
}
