namespace Network.Grains.Cases.Storage;

/// <summary>
/// One element of a list in a case's state kept as a row of its own (<c>case_part</c>) instead of
/// inside the case row's state: a kind whose state holds a long, growing list (a point's queue of
/// one day: its tickets) writes per commit only the elements the commit changed, so the commit's
/// database work does not grow with the list. The case row then holds the state without that list;
/// the kind puts the two together on load (<see cref="CaseJournal{TState}"/>).
/// </summary>
/// <param name="Number">The element's place in its list, from 0.</param>
/// <param name="Json">The element's JSON.</param>
public sealed record CasePart(int Number, string Json);
