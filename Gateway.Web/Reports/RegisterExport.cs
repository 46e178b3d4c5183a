using System.Runtime.CompilerServices;
using CsvHelper;
using Microsoft.AspNetCore.Http.Features;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Network.Gateway.Hosting;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Reports;

/// <summary>
/// Streams a register (台帐) to the response as CSV (UTF-8 with a byte-order mark, so Excel opens
/// the Chinese text) or .xlsx (MiniExcel writing the workbook's zip straight to the response). Lines
/// arrive batch after batch from the query grain and leave as they arrive, so memory stays flat
/// however large the register (a whole city-year).
/// </summary>
public static class RegisterExport
{
    /// <summary>Lines per grain call of an export.</summary>
    public const int BatchSize = 1000;

    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every line of the register: the first batch (already read, so a refusal came before any byte was sent), then the rest, each read by <paramref name="next"/> from the previous batch's cursor.</summary>
    public static async IAsyncEnumerable<RegisterRow> RowsAsync(
        RegisterPage first, Func<string, Task<RegisterPage>> next, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = first;
        while (true)
        {
            foreach (var line in page.Lines)
            {
                yield return RegisterRow.From(line);
            }

            if (page.Next is null)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            page = await next(page.Next);
        }
    }

    /// <summary>
    /// The read of the next batch of an export: an export streams for as long as its register is
    /// long (a city-year is hundreds of thousands of lines), far beyond one request's budget
    /// (<see cref="RequestBudget"/>), so each batch is given a budget of its own, as a request of
    /// its own would have, before <paramref name="read"/> runs. A batch that takes longer than its
    /// budget still ends the export (the client sees the body end early).
    /// </summary>
    public static Func<string, Task<RegisterPage>> EachBatchBudgeted(HttpContext context, TimeProvider clock, TimeSpan budget, Func<string, Task<RegisterPage>> read) =>
        after =>
        {
            context.Features.Set(new RequestBudget(clock.GetUtcNow() + budget));
            return read(after);
        };

    public static async Task WriteCsvAsync(HttpResponse response, IAsyncEnumerable<RegisterRow> rows, CancellationToken cancellationToken)
    {
        // A text starting like a formula (= + - @) is escaped, so a spreadsheet shows it as text.
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, HasHeader = true, Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(response.Body, options, leaveOpen: true);
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteXlsxAsync(HttpContext context, IAsyncEnumerable<RegisterRow> rows, CancellationToken cancellationToken)
    {
        // The workbook is a zip: its last bytes (the central directory) are written synchronously
        // when the archive closes, which Kestrel allows only when asked, for this response alone.
        if (context.Features.Get<IHttpBodyControlFeature>() is { } control)
        {
            control.AllowSynchronousIO = true;
        }

        await MiniExcel.SaveAsAsync(
            context.Response.Body,
            rows,
            printHeader: true,
            sheetName: "台帐",
            excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { AutoFilter = false },
            cancellationToken: cancellationToken);
    }
}
