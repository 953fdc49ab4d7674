using Scriban;
using Scriban.Runtime;
using ZoneReport.Rendering;

namespace ZoneReport.Tests.Rendering;

/// <summary>The costly part of a template model is made when a template reads it, and reads the same as if made at once.</summary>
public sealed class DeferredViewTests
{
    private static (DeferredView View, Func<int> Made) Edition()
    {
        var made = 0;
        var view = new DeferredView(
            [new("title", "Zhoukou 2022"), new("figures", DeferredView.Later), new("path", "en/zhoukou/2022/")],
            () =>
            {
                Interlocked.Increment(ref made);
                return new ScriptObject { ["figures"] = new ScriptArray { "226亿元", "12.5%" } };
            });
        return (view, () => made);
    }

    private static string Render(string template, ScriptObject model)
    {
        var context = new TemplateContext();
        context.PushGlobal(new ScriptObject { ["edition"] = model });
        return Template.Parse(template).Render(context);
    }

    [Fact]
    public void A_template_reading_only_the_cheap_members_makes_nothing()
    {
        var (view, made) = Edition();

        Assert.Equal("Zhoukou 2022 en/zhoukou/2022/", Render("{{ edition.title }} {{ edition.path }}", view));
        Assert.Equal(0, made());
    }

    [Fact]
    public void The_costly_members_read_as_if_they_were_made_at_once()
    {
        var (view, made) = Edition();
        var eager = new ScriptObject { ["title"] = "Zhoukou 2022", ["figures"] = new ScriptArray { "226亿元", "12.5%" }, ["path"] = "en/zhoukou/2022/" };
        const string template = "{{ for f in edition.figures }}[{{ f }}]{{ end }} {{ edition.figures.size }} {{ edition['figures'][1] }}";

        Assert.Equal(Render(template, eager), Render(template, view));
        Assert.Equal("[226亿元][12.5%] 2 12.5%", Render(template, view));
        // The members are listed in their place, as the eager model lists them.
        Assert.Equal(eager.GetMembers(), view.GetMembers());
        Assert.True(made() >= 1);
    }

    [Fact]
    public void While_held_the_costly_members_are_made_once_and_after_release_made_again_equal()
    {
        var (view, made) = Edition();
        RenderFiveTimesHeld(view);
        Assert.Equal(1, made());

        MakeGarbageOf(view);
        Assert.Equal("226亿元", Render("{{ edition.figures[0] }}", view));
        Assert.Equal(2, made());
    }

    [Fact]
    public void Read_from_many_threads_at_once_every_reader_sees_the_same_members()
    {
        var (view, _) = Edition();
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Render("{{ edition.figures | array.join ',' }}", view));
        Assert.All(results, r => Assert.Equal("226亿元,12.5%", r));
    }

    // Not inlined: no reference to the held members is left on the test's stack after it returns.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RenderFiveTimesHeld(DeferredView view)
    {
        var held = view.Hold();
        for (var i = 0; i < 5; i++) Render("{{ edition.figures[0] }}", view);
        GC.KeepAlive(held);
    }

    private static void MakeGarbageOf(DeferredView view)
    {
        // The weak reference lets go only after a collection; a forced, blocking one is deterministic here.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.KeepAlive(view);
    }
}
