package vn.gov.cbccvc.codelist;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "code_list_entry")
class CodeListEntry {

	static final String FROM_FILE = "FILE";

	static final String FROM_ADMIN = "ADMIN";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "list_name", nullable = false, length = 40)
	private String listName;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(nullable = false, length = 300)
	private String name;

	@Column(name = "salary_group", length = 10)
	private String salaryGroup;

	private Integer step;

	@Column(precision = 6, scale = 2)
	private BigDecimal coefficient;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(nullable = false, length = 10)
	private String origin;

	@Version
	@Column(nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private OffsetDateTime updatedAt;

	@Column(name = "updated_by", nullable = false, length = 100)
	private String updatedBy;

	protected CodeListEntry() {
	}

	CodeListEntry(String listName, String code, String origin) {
		this.listName = listName;
		this.code = code;
		this.origin = origin;
		this.active = true;
	}

	/** Sets the content; true when anything changed. */
	boolean update(String name, String salaryGroup, Integer step, BigDecimal coefficient, int sortOrder) {
		boolean same = Objects.equals(this.name, name) && Objects.equals(this.salaryGroup, salaryGroup)
				&& Objects.equals(this.step, step) && this.sortOrder == sortOrder
				&& (this.coefficient == null ? coefficient == null
						: coefficient != null && this.coefficient.compareTo(coefficient) == 0);
		this.name = name;
		this.salaryGroup = salaryGroup;
		this.step = step;
		this.coefficient = coefficient;
		this.sortOrder = sortOrder;
		return !same;
	}

	void touch(String origin, boolean active, String by, OffsetDateTime at) {
		this.origin = origin;
		this.active = active;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	CodeEntry view() {
		return new CodeEntry(this.listName, this.code, this.name, this.salaryGroup, this.step, this.coefficient,
				this.active, this.sortOrder, this.version);
	}

	String getListName() {
		return this.listName;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	boolean isActive() {
		return this.active;
	}

	String getOrigin() {
		return this.origin;
	}

	long getVersion() {
		return this.version;
	}

}
