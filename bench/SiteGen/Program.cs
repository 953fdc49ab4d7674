using ZoneReport.SiteGen;

// zonereport-sitegen --pages N --out DIR --templates DIR
// Writes DIR/zonereport (ZoneReport's content format) and DIR/hugo (the same articles as a Hugo site).
var pages = 200;
string? output = null;
string? templates = null;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--pages": pages = int.Parse(Next()); break;
        case "--out": output = Next(); break;
        case "--templates": templates = Next(); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}\nusage: --pages N --out DIR --templates <repo>/templates");
            return 2;
    }
}

if (output is null || templates is null)
{
    Console.Error.WriteLine("usage: --pages N --out DIR --templates <repo>/templates");
    return 2;
}

var shape = SiteShape.For(pages);
var zones = SiteModel.Create(shape);
if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
ZoneReportWriter.Write(zones, Path.Combine(output, "zonereport"), templates);
HugoWriter.Write(zones, Path.Combine(output, "hugo"), templates);
Console.WriteLine($"{shape.Pages} pages: {shape.Zones} zones, {shape.Editions} editions, {shape.Articles} articles in 2 languages" +
                  $"{(shape.Plans ? ", a plan per edition" : "")} -> {output}");
return 0;
