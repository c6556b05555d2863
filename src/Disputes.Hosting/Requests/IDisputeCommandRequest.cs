using Disputes.Domain;
using Disputes.Projections.Writing;
using Mediator;

namespace Disputes.Hosting.Requests;

// A use case's Mediator request: checked for shape (IValidatable), then turned into the domain command.
public interface IDisputeCommandRequest : ICommand<CommandOutcome>, IValidatable
{
    IDisputeCommand ToCommand();
}
