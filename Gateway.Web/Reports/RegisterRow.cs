using CsvHelper;
using MiniExcelLibs.Attributes;
using Network.Grains.Interfaces.Catalog;
using Network.Grains.Interfaces.Matters;
using Network.Grains.Interfaces.Queries;

namespace Network.Gateway.Reports;

/// <summary>
/// A register line (台帐) as an exported row: the paper book's columns under their Chinese headings,
/// dates as the seeds write them. The same row feeds the CSV (CsvHelper) and the .xlsx (MiniExcel).
/// Only formatting happens here; what the line says (masked applicant, on time or not) the query
/// grain decided.
/// </summary>
[CsvRecord]
public sealed partial class RegisterRow
{
    [CsvColumn("回执号"), ExcelColumn(Name = "回执号", Index = 0, Width = 28)]
    public string Receipt { get; init; } = string.Empty;

    [CsvColumn("受理时间"), ExcelColumn(Name = "受理时间", Index = 1, Width = 20)]
    public string Received { get; init; } = string.Empty;

    [CsvColumn("服务点"), ExcelColumn(Name = "服务点", Index = 2, Width = 22)]
    public string Point { get; init; } = string.Empty;

    [CsvColumn("窗口"), ExcelColumn(Name = "窗口", Index = 3, Width = 12)]
    public string Window { get; init; } = string.Empty;

    [CsvColumn("申请人"), ExcelColumn(Name = "申请人", Index = 4, Width = 26)]
    public string Citizen { get; init; } = string.Empty;

    [CsvColumn("服务事项"), ExcelColumn(Name = "服务事项", Index = 5, Width = 24)]
    public string Item { get; init; } = string.Empty;

    [CsvColumn("办件类型"), ExcelColumn(Name = "办件类型", Index = 6, Width = 10)]
    public string Kind { get; init; } = string.Empty;

    [CsvColumn("申报材料"), ExcelColumn(Name = "申报材料", Index = 7, Width = 30)]
    public string Materials { get; init; } = string.Empty;

    [CsvColumn("经办人"), ExcelColumn(Name = "经办人", Index = 8, Width = 10)]
    public string Handler { get; init; } = string.Empty;

    [CsvColumn("承诺办结日期"), ExcelColumn(Name = "承诺办结日期", Index = 9, Width = 16)]
    public string Promised { get; init; } = string.Empty;

    [CsvColumn("办结日期"), ExcelColumn(Name = "办结日期", Index = 10, Width = 16)]
    public string Completed { get; init; } = string.Empty;

    [CsvColumn("办理结果"), ExcelColumn(Name = "办理结果", Index = 11, Width = 30)]
    public string Result { get; init; } = string.Empty;

    [CsvColumn("是否按时办结"), ExcelColumn(Name = "是否按时办结", Index = 12, Width = 12)]
    public string OnTime { get; init; } = string.Empty;

    public static RegisterRow From(RegisterLine line) => new()
    {
        Receipt = line.ReceiptNumber,
        Received = ChineseDates.Time(line.ReceivedAt),
        Point = line.PointName,
        Window = line.WindowName,
        Citizen = line.CitizenMasked,
        Item = line.ItemName,
        Kind = KindName(line.Kind),
        Materials = string.Join("、", line.Materials),
        Handler = line.HandlerName,
        Promised = ChineseDates.Day(line.PromisedOn),
        Completed = ChineseDates.Day(line.CompletedOn),
        Result = line.Result is { Length: > 0 } result ? $"{StatusName(line.Status)}：{result}" : StatusName(line.Status),
        OnTime = TimelinessName(line.Timeliness),
    };

    public static string KindName(MatterKind kind) => kind switch
    {
        MatterKind.Immediate => "即办件",
        MatterKind.Promised => "承诺件",
        MatterKind.Joint => "联办件",
        _ => kind.ToString(),
    };

    public static string StatusName(MatterStatus status) => status switch
    {
        MatterStatus.AwaitingSupplement => "待补正",
        MatterStatus.InProgress => "办理中",
        MatterStatus.Completed => "已办结",
        MatterStatus.Returned => "已退回",
        MatterStatus.HandedUp => "已上报",
        MatterStatus.ResultReady => "待送达",
        _ => status.ToString(),
    };

    public static string TimelinessName(Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => "是",
        Timeliness.Late => "否（逾期办结）",
        Timeliness.Pending => "在办",
        Timeliness.Overdue => "否（已超期）",
        _ => "—",
    };
}
