using System.Globalization;
using FluentValidation.Results;
using Marketplace.Application.Accounts;
using Marketplace.Application.Common;
using Marketplace.Infrastructure.Identity;

namespace Marketplace.UnitTests.Accounts;

public sealed class RegisterValidatorTests
{
    private const string Good = "a long enough test passphrase";
    private readonly FakeIdentity identity = new();
    private readonly Register.Validator validator;

    public RegisterValidatorTests()
    {
        Text.ConfigureValidation();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        validator = new Register.Validator(new PasswordBlocklist(), identity);
    }

    private static Register.Command Valid() => new("ada@example.org", Good, Good, "Ada", "founder", "en");

    private async Task<IReadOnlyList<ValidationFailure>> ErrorsAsync(Register.Command command) =>
        (await validator.ValidateAsync(command)).Errors;

    private async Task<string> OnlyErrorAtAsync(Register.Command command, string field)
    {
        var errors = await ErrorsAsync(command);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.PropertyName);
        return error.ErrorMessage;
    }

    [Theory]
    [InlineData("founder")]
    [InlineData("fund-manager")]
    [InlineData("researcher")]
    public async Task Should_accept_each_self_chosen_role(string role) => Assert.Empty(await ErrorsAsync(Valid() with { Role = role }));

    [Theory]
    [InlineData("admin")]
    [InlineData("")]
    [InlineData("Founder")]
    public async Task Should_refuse_any_other_role(string role) =>
        Assert.Equal("Choose founder, fund manager or researcher.", await OnlyErrorAtAsync(Valid() with { Role = role }, "Role"));

    [Theory]
    [InlineData(8)]
    [InlineData(128)]
    public async Task Should_accept_a_password_of_8_to_128_characters_without_composition_rules(int length)
    {
        var password = new string('q', length - 4) + "zxvb";
        Assert.Empty(await ErrorsAsync(Valid() with { Password = password, ConfirmPassword = password }));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(129)]
    public async Task Should_refuse_a_password_shorter_than_8_or_longer_than_128(int length)
    {
        var password = new string('q', length - 4) + "zxvb";
        var message = await OnlyErrorAtAsync(Valid() with { Password = password, ConfirmPassword = password }, "Password");
        Assert.Contains(length < 8 ? "at least 8" : "128 characters or fewer", message);
    }

    [Fact]
    public async Task Should_refuse_a_common_password_with_one_message()
    {
        var message = await OnlyErrorAtAsync(Valid() with { Password = "Password123", ConfirmPassword = "Password123" }, "Password");
        Assert.Equal("This password is too common and easy to guess. Choose another.", message);
    }

    [Fact]
    public async Task Should_refuse_an_empty_password_with_one_message()
    {
        var errors = await ErrorsAsync(Valid() with { Password = "", ConfirmPassword = "" });
        Assert.Equal("'Password' must not be empty.", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public async Task Should_refuse_a_confirmation_that_differs() =>
        Assert.Equal("The two passwords are not the same.", await OnlyErrorAtAsync(Valid() with { ConfirmPassword = Good + "!" }, "ConfirmPassword"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Should_refuse_a_blank_display_name(string name) =>
        Assert.Equal("'Display name' must not be empty.", await OnlyErrorAtAsync(Valid() with { DisplayName = name }, "DisplayName"));

    [Fact]
    public async Task Should_refuse_a_display_name_over_80_characters() =>
        await OnlyErrorAtAsync(Valid() with { DisplayName = new string('n', 81) }, "DisplayName");

    [Fact]
    public async Task Should_refuse_an_address_already_registered()
    {
        identity.Existing.Add("ada@example.org");
        Assert.Equal("An account with this e-mail address already exists.", await OnlyErrorAtAsync(Valid(), "Email"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-address")]
    public async Task Should_refuse_a_malformed_address_without_asking_the_database(string email)
    {
        await OnlyErrorAtAsync(Valid() with { Email = email }, "Email");
        Assert.Empty(identity.Asked);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_culture() =>
        await OnlyErrorAtAsync(Valid() with { Culture = "fr" }, "Culture");

    [Fact]
    public async Task Should_speak_chinese_when_the_ui_does()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
        var message = await OnlyErrorAtAsync(Valid() with { Password = "password123", ConfirmPassword = "password123" }, "Password");
        Assert.Equal("该密码过于常见，容易被猜到，请换一个。", message);
    }

    private sealed class FakeIdentity : IIdentityService
    {
        public HashSet<string> Existing { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<string> Asked { get; } = [];

        public Task<bool> EmailExistsAsync(string email, CancellationToken ct)
        {
            Asked.Add(email);
            return Task.FromResult(Existing.Contains(email.Trim()));
        }

        public Task<Guid> CreateUserAsync(string email, string? password, string displayName, string role, string culture, string timeZone, CancellationToken ct) =>
            throw new InvalidOperationException("A validator creates nothing.");
        public Task<(SignInOutcome Outcome, Guid? UserId)> PasswordSignInAsync(string email, string password, bool remember, CancellationToken ct) =>
            throw new InvalidOperationException("A validator signs nobody in.");
        public Task SignOutAsync() => throw new InvalidOperationException("A validator signs nobody out.");
        public Task<string?> CreateEmailConfirmationTokenAsync(Guid userId) => throw new InvalidOperationException("Not a validator's job.");
        public Task<bool> ConfirmEmailAsync(Guid userId, string token) => throw new InvalidOperationException("Not a validator's job.");
        public Task<(Guid UserId, string Token)?> CreatePasswordResetTokenAsync(string email) => throw new InvalidOperationException("Not a validator's job.");
        public Task<bool> ResetPasswordAsync(Guid userId, string token, string newPassword) => throw new InvalidOperationException("Not a validator's job.");
        public Task<Guid?> FindUserIdByEmailAsync(string email, CancellationToken ct) => throw new InvalidOperationException("Not a validator's job.");
        public Task ChangeEmailAsync(Guid userId, string email, CancellationToken ct) => throw new InvalidOperationException("Not a validator's job.");
        public Task ChangeRoleAsync(Guid userId, string role, CancellationToken ct) => throw new InvalidOperationException("Not a validator's job.");
    }
}
