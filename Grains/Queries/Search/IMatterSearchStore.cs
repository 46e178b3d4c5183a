using Network.Grains.Matters;

namespace Network.Grains.Queries.Search;

/// <summary>
/// The read side of finding matters and of the register: keyset reads over <c>case_record</c> of
/// kind matter (<c>115_matter_search.sql</c> has its indexes). Returns states; the query grain
/// turns them into what the actor may see.
/// </summary>
public interface IMatterSearchStore
{
    /// <summary>At most <see cref="SearchFilter.Limit"/> matters after <see cref="SearchFilter.After"/>, by deadline then receipt number.</summary>
    Task<IReadOnlyList<MatterState>> SearchAsync(SearchFilter filter, CancellationToken cancellationToken = default);

    /// <summary>At most <see cref="RegisterFilter.Limit"/> matters after <see cref="RegisterFilter.After"/>, by point, time taken in, receipt number.</summary>
    Task<IReadOnlyList<MatterState>> ReadRegisterAsync(RegisterFilter filter, CancellationToken cancellationToken = default);
}
