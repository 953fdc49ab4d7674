using ZoneReport.Translation;
using ZoneReport.Tests.Support;

namespace ZoneReport.Tests.Translation;

public class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var result = TranslationReview.Run(RepoPaths.Root);
        File.WriteAllText("/tmp/f-report.txt", ReportWriter.Text(result));
    }
}
