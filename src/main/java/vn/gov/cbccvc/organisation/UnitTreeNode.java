package vn.gov.cbccvc.organisation;

import java.util.List;

public record UnitTreeNode(UnitView unit, List<UnitTreeNode> children) {
}
