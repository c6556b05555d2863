namespace Disputes.Domain;

// Whether an order whose dispute has closed may be disputed again. Always was the only behaviour before policy
// 2026-12-01 (and stays the rule of disputes opened under it); AfterWithdrawal lets a buyer who walked away come back.
public enum ReopeningRule { Always, AfterWithdrawal, Never }
