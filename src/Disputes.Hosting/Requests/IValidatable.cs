
namespace Disputes.Hosting.Requests;

// Shape checks the domain cannot make (a missing amount has no Money to refuse); the domain checks meaning.
public interface IValidatable
{
    void Validate(RequestErrors errors);
}
