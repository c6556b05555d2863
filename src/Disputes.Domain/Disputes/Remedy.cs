namespace Disputes.Domain;

public enum Remedy { FullRefund, PartialRefund, ReturnAndRefund }
