using System.Globalization;
using Marketplace.Application.Common;
using Marketplace.Domain.Clusters;
using Marketplace.Domain.Users;

namespace Marketplace.UnitTests.Application;

/// <summary>The one writer of dates: the reader's zone for instants, never for calendar days; unambiguous English, Chinese as Chinese writes it.</summary>
public sealed class DatesTests
{
    private static readonly DateTime LateEvening = new(2026, 12, 7, 22, 30, 0, DateTimeKind.Utc);

    private static T In<T>(string culture, string? zone, Func<T> write)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            using (Dates.ForReader(zone))
                return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [Theory]
    [InlineData("en", "8 Dec 2026, 06:30")]
    [InlineData("zh-Hans", "2026年12月8日 06:30")]
    public void A_reader_in_Shanghai_sees_half_past_ten_UTC_as_half_past_six_the_next_day(string culture, string expected)
    {
        Assert.Equal(expected, In(culture, "Asia/Shanghai", () => Dates.Time(LateEvening)));
        Assert.Equal(culture == "en" ? "8 Dec 2026" : "2026年12月8日", In(culture, "Asia/Shanghai", () => Dates.Date(LateEvening)));
    }

    [Fact]
    public void A_reader_in_Toronto_sees_the_same_instant_the_same_evening_in_winter_time()
    {
        Assert.Equal("7 Dec 2026, 17:30", In("en", "America/Toronto", () => Dates.Time(LateEvening)));
    }

    [Fact]
    public void A_reader_without_a_zone_reads_UTC_and_is_told_so()
    {
        Assert.Equal("7 Dec 2026, 22:30 UTC", In("en", null, () => Dates.Time(LateEvening)));
        Assert.Equal("2026年12月7日 22:30 UTC", In("zh-Hans", TimeZones.Utc, () => Dates.Time(LateEvening)));
        Assert.True(In("en", null, () => Dates.ReaderReadsUtc));
        // London keeps UTC's clock in winter but is a zone of its own (summer time): not labelled UTC.
        Assert.Equal("7 Dec 2026, 22:30", In("en", "Europe/London", () => Dates.Time(LateEvening)));
    }

    [Fact]
    public void English_dates_are_day_month_name_year_not_the_US_month_first_form()
    {
        var day = new DateOnly(2026, 3, 4);
        var english = In("en", null, () => Dates.Day(day));

        Assert.Equal("4 Mar 2026", english);
        Assert.NotEqual(day.ToString("d", CultureInfo.GetCultureInfo("en-US")), english);
        Assert.DoesNotContain("/", In("en", "America/Los_Angeles", () => Dates.Time(LateEvening)));
    }

    [Theory]
    [InlineData("Pacific/Kiritimati")]
    [InlineData("Pacific/Pago_Pago")]
    public void A_calendar_day_is_never_moved_by_the_readers_zone(string zone)
    {
        Assert.Equal("31 Dec 2026", In("en", zone, () => Dates.Day(new DateOnly(2026, 12, 31))));
    }

    [Fact]
    public void The_machine_form_is_the_UTC_instant_or_the_day()
    {
        Assert.Equal("2026-12-07T22:30:00Z", Dates.Iso(LateEvening));
        Assert.Equal("2026-12-31", Dates.Iso(new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_reader_is_restored_when_the_scope_ends()
    {
        using (Dates.ForReader("Asia/Singapore"))
        {
            using (Dates.ForReader("Europe/London"))
                Assert.Equal("Europe/London", Dates.ReaderZone.Id);
            Assert.Equal("Asia/Singapore", Dates.ReaderZone.Id);
        }
        Assert.Same(TimeZoneInfo.Utc, Dates.ReaderZone);
    }

    [Theory]
    [InlineData("Asia/Shanghai", true)]
    [InlineData("America/Toronto", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus_Mons", false)]
    [InlineData("China Standard Time", false)]
    [InlineData("../../../../etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_IANA_zones_the_system_knows_are_accepted(string? id, bool known)
    {
        Assert.Equal(known, TimeZones.IsKnown(id));
        Assert.Equal(known ? id : TimeZones.Utc, TimeZones.OrUtc(id));
    }

    [Theory]
    [InlineData("beijing", "Asia/Shanghai")]
    [InlineData("shenzhen", "Asia/Shanghai")]
    [InlineData("silicon-valley", "America/Los_Angeles")]
    [InlineData("montreal", "America/Toronto")]
    [InlineData("london", "Europe/London")]
    [InlineData("singapore", "Asia/Singapore")]
    [InlineData("atlantis", "UTC")]
    [InlineData(null, "UTC")]
    public void An_imported_account_starts_in_its_home_clusters_zone(string? cluster, string zone)
    {
        Assert.Equal(zone, ClusterTimeZones.For(cluster));
    }
}
