using Booking.Infrastructure.CalCom.Budget;

namespace Booking.Infrastructure.Tests.Budget;

public sealed class InMemoryUpstreamBudgetTests : UpstreamBudgetContractTests
{
    private protected override IUpstreamBudget CreateBudget(int permitsPerMinute) => new InMemoryUpstreamBudget(permitsPerMinute, Clock);
}
