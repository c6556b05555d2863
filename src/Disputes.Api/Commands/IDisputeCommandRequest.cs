using Disputes.Domain;
using Mediator;

namespace Disputes.Api.Commands;

// A use case's Mediator request: checked for shape (IValidatable), then turned into the domain command.
public interface IDisputeCommandRequest : ICommand<CommandOutcome>, IValidatable
{
    IDisputeCommand ToCommand();
}
