package vn.gov.cbccvc.codelist;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodeListEntryRepository extends JpaRepository<CodeListEntry, Long> {

	Optional<CodeListEntry> findByListNameAndCode(String listName, String code);

	boolean existsByListNameAndCodeAndActiveTrue(String listName, String code);

	boolean existsByListName(String listName);

	boolean existsByListNameAndSalaryGroupAndActiveTrue(String listName, String salaryGroup);

	List<CodeListEntry> findByListNameOrderBySortOrderAscCodeAsc(String listName);

	List<CodeListEntry> findByListNameAndActiveTrueOrderBySortOrderAscCodeAsc(String listName);

	Optional<CodeListEntry> findByListNameAndSalaryGroupAndStepAndActiveTrue(String listName, String salaryGroup,
			Integer step);

	@Query("select new vn.gov.cbccvc.codelist.CodeListSummary(e.listName, count(e), "
			+ "sum(case when e.active = true then 1 else 0 end)) from CodeListEntry e group by e.listName order by e.listName")
	List<CodeListSummary> summaries();

	@Query("select coalesce(max(e.sortOrder), 0) from CodeListEntry e where e.listName = :listName")
	int maxSortOrder(String listName);

}
