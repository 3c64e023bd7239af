using NodaTime;

namespace ConflictModel.Fixtures;

public static partial class MaliArticle
{
    /// <summary>
    /// The times of the Mali fixture. The article prints no date: each resolved date here is
    /// <see cref="TimeBasis.Inferred"/>, and keeps the article's own words where it has any.
    /// </summary>
    /// <remarks>All members are immutable; safe to share between threads.</remarks>
    public static class Times
    {
        /// <summary>Gets the day of the attacks, Tuesday 1 July 2025, which the article never prints.</summary>
        public static LocalDate AttackDate { get; } = new(2025, 7, 1);

        /// <summary>
        /// Gets when the article was published: 1 July 2025, inferred. The article gives no date; its
        /// resident says "this morning" of the attacks, so it was written on the day they took place.
        /// </summary>
        public static ReportedTime Published { get; } = ReportedTime.OnDate(AttackDate).WithBasis(TimeBasis.Inferred);

        /// <summary>
        /// Gets "Tuesday morning": 1 July 2025, morning, inferred, with the words as printed. The
        /// article dates the army's report by it; the resident's "this morning" puts the fighting in
        /// the same morning.
        /// </summary>
        public static ReportedTime TuesdayMorning { get; } = ReportedTime.OnDate(AttackDate)
            .WithPartOfDay(PartOfDay.Morning)
            .WithWording("Tuesday morning")
            .WithBasis(TimeBasis.Inferred);

        /// <summary>
        /// Gets the day of the statements the article reports without a time of their own (JNIM's,
        /// the resident's): 1 July 2025, inferred from the article's being written that day.
        /// </summary>
        public static ReportedTime StatementDay { get; } = ReportedTime.OnDate(AttackDate).WithBasis(TimeBasis.Inferred);

        /// <summary>
        /// Gets "earlier this month" for the Timbuktu raid and the other assault of the same sentence: June
        /// 2025, inferred. Read literally the words mean July, but the raid took place in early June 2025, and
        /// the article counts both among three attacks "in less than a month" before 1 July; the words are
        /// kept as printed.
        /// </summary>
        public static ReportedTime EarlierThisMonth { get; } = ReportedTime.InMonth(new YearMonth(2025, 6))
            .WithWording("earlier this month")
            .WithBasis(TimeBasis.Inferred);

        /// <summary>
        /// Gets "recently" for AFRICOM's alarm: between 1 January and 1 July 2025, inferred. The word says
        /// only that the alarm came not long before the article; the modeller reads it as within the half
        /// year before, and keeps the word.
        /// </summary>
        public static ReportedTime Recently { get; } = ReportedTime.Between(new LocalDate(2025, 1, 1), AttackDate)
            .WithWording("recently")
            .WithBasis(TimeBasis.Inferred);

        /// <summary>
        /// Gets "in May" for General Langley's press conference: May 2025, inferred (the article gives
        /// the month, not the year).
        /// </summary>
        public static ReportedTime InMay { get; } = ReportedTime.InMonth(new YearMonth(2025, 5))
            .WithWording("in May")
            .WithBasis(TimeBasis.Inferred);
    }
}
