using Marketplace.Web;
using Marketplace.Infrastructure;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = ContentRoot.Find(),
});
builder.AddMarketplace();

var app = builder.Build();
app.UseMarketplace();
await app.PrepareAsync();
await app.RunAsync();

public partial class Program;
