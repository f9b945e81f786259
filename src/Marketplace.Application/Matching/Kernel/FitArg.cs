using System.Text.Json.Serialization;

namespace Marketplace.Application.Matching.Kernel;

/// <summary>
/// An argument of a fit reason; the renderer turns each kind into readable text in the reader's language.
/// Stored recommendations keep them as JSON, each kind named by its discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$kind")]
[JsonDerivedType(typeof(CodesArg), "codes")]
[JsonDerivedType(typeof(MoneyArg), "money")]
[JsonDerivedType(typeof(SoughtArg), "sought")]
[JsonDerivedType(typeof(RangeArg), "range")]
[JsonDerivedType(typeof(TalentCodesArg), "talent-codes")]
[JsonDerivedType(typeof(NumberArg), "number")]
[JsonDerivedType(typeof(TermsArg), "terms")]
[JsonDerivedType(typeof(FeedbackArg), "feedback")]
[JsonDerivedType(typeof(DateArg), "date")]
public abstract record FitArg;
