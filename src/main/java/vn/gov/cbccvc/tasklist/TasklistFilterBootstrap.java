package vn.gov.cbccvc.tasklist;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters of {@link TaskFilters} at start-up, by name: an existing filter is updated
 * to the table, a missing one created. The engine has no unique key on filter names, so when two nodes start at
 * once both may create one; each then re-reads and deletes every copy but the one with the smallest id, so both
 * converge on the same survivor.
 */
@Component
class TasklistFilterBootstrap {

	private static final Logger log = LoggerFactory.getLogger(TasklistFilterBootstrap.class);

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	TasklistFilterBootstrap(FilterService filterService, TaskService taskService,
			AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	@EventListener(ApplicationStartedEvent.class)
	void onStart() {
		ensure();
	}

	/** Makes every filter of the table exist once, with its properties, query and grants; returns name → id. */
	Map<String, String> ensure() {
		Map<String, String> ids = new LinkedHashMap<>();
		for (TaskFilters.Spec spec : TaskFilters.ALL) {
			String id = ensureFilter(spec);
			for (String group : spec.readGroups()) {
				try {
					ensureRead(group, id);
				}
				catch (ProcessEngineException ex) {
					// A second node inserted the same row a moment earlier (unique key): it is there now.
					ensureRead(group, id);
				}
			}
			ids.put(spec.name(), id);
		}
		log.info("Tasklist filters in place: {}", ids.keySet());
		return ids;
	}

	private String ensureFilter(TaskFilters.Spec spec) {
		List<Filter> existing = byName(spec.name());
		Filter filter = existing.isEmpty() ? this.filterService.newTaskFilter(spec.name()) : existing.get(0);
		filter.setProperties(properties(spec));
		filter.setQuery(spec.query().apply(this.taskService));
		this.filterService.saveFilter(filter);
		return keepOne(spec.name());
	}

	/** After a concurrent start there may be two copies: every node keeps the smallest id. */
	private String keepOne(String name) {
		List<Filter> copies = byName(name);
		for (Filter extra : copies.subList(1, copies.size())) {
			try {
				this.filterService.deleteFilter(extra.getId());
			}
			catch (ProcessEngineException ex) {
				log.debug("Filter copy {} already removed by another node: {}", extra.getId(), ex.getMessage());
			}
		}
		return copies.get(0).getId();
	}

	private List<Filter> byName(String name) {
		return this.filterService.createTaskFilterQuery()
			.filterName(name)
			.list()
			.stream()
			.sorted(Comparator.comparing(Filter::getId))
			.toList();
	}

	private static Map<String, Object> properties(TaskFilters.Spec spec) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", spec.description());
		properties.put("priority", spec.priority());
		properties.put("color", spec.color());
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", TaskFilters.COLUMNS);
		return properties;
	}

	/** One group row per filter (the engine's unique key makes a concurrent second insert fail). */
	private void ensureRead(String groupId, String filterId) {
		List<Authorization> existing = this.authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.list();
		if (!existing.isEmpty() && existing.get(0).isPermissionGranted(Permissions.READ)) {
			return;
		}
		Authorization grant = existing.isEmpty()
				? this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT) : existing.get(0);
		grant.setGroupId(groupId);
		grant.setResource(Resources.FILTER);
		grant.setResourceId(filterId);
		grant.addPermission(Permissions.READ);
		this.authorizationService.saveAuthorization(grant);
	}

}
