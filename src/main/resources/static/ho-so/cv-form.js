/*
 * Renders the CV of TT06's annex from cv-form.json (generated from the Java records, checked by a test):
 * objects → fieldsets, arrays → editable tables, enums → selects, dates → date inputs, YearMonth → month inputs.
 * Labels come from labels.vi.json, keyed by path (table columns as "a[].b", enum values as "a.b=VALUE").
 */
'use strict';

const CvForm = (() => {
	const el = (...args) => Page.el(...args);

	function label(labels, labelPath) {
		return labels[labelPath] || labelPath;
	}

	function inputFor(node, path, value, readOnly, labels, labelPath) {
		let input;
		switch (node.type) {
			case 'enum':
				input = el('select', {}, el('option', { value: '' }, '—'),
					node.values.map(v => el('option', { value: v }, label(labels, labelPath + '=' + v))));
				break;
			case 'textarea':
				input = el('textarea', { rows: 3, maxlength: node.maxLength });
				break;
			case 'date':
				input = el('input', { type: 'date' });
				break;
			case 'month':
				input = el('input', { type: 'month' });
				break;
			case 'integer':
				input = el('input', { type: 'number', step: '1' });
				break;
			case 'decimal':
				input = el('input', { type: 'number', step: 'any' });
				break;
			default:
				input = el('input', { type: 'text', maxlength: node.maxLength });
		}
		input.dataset.path = path;
		input.required = !!node.required;
		input.disabled = readOnly;
		input.value = value === null || value === undefined ? '' : String(value);
		return {
			element: input,
			get() {
				const raw = input.value.trim();
				if (raw === '') {
					return null;
				}
				if (node.type === 'integer') {
					return parseInt(raw, 10);
				}
				if (node.type === 'decimal') {
					return Number(raw);
				}
				return raw;
			}
		};
	}

	function leaf(node, path, value, ctx, labelPath) {
		const control = inputFor(node, path, value, ctx.readOnly, ctx.labels, labelPath);
		const id = 'f-' + path.replace(/[^a-zA-Z0-9]/g, '-');
		control.element.id = id;
		const wrapper = el('div', { class: 'field' + (node.type === 'textarea' ? ' wide' : '') },
			el('label', { for: id }, label(ctx.labels, labelPath), node.required ? el('span', { class: 'req' }, ' *') : null),
			control.element, el('div', { class: 'violation', 'data-for': path }));
		return { element: wrapper, get: control.get };
	}

	function object(node, path, value, ctx, labelPath, top) {
		const parts = node.fields.filter(f => !(ctx.hidden || []).includes(join(path, f.name))).map(f =>
			({ name: f.name, part: render(f, join(path, f.name), value ? value[f.name] : null, ctx, join(labelPath, f.name), false) }));
		const body = el('div', { class: 'fields' }, parts.map(p => p.part.element));
		let element;
		if (!path) {
			element = body;
		} else if (top) {
			element = el('details', { class: 'section', open: true, 'data-section': path },
				el('summary', {}, label(ctx.labels, labelPath)), body);
		} else {
			element = el('fieldset', {}, el('legend', {}, label(ctx.labels, labelPath)), body);
		}
		return {
			element,
			get() {
				const out = {};
				let any = false;
				parts.forEach(p => {
					const v = p.part.get();
					out[p.name] = v;
					any = any || v !== null;
				});
				return any || node.required || !path ? out : null;
			}
		};
	}

	function table(node, path, value, ctx, labelPath, top) {
		const item = node.item;
		const columns = item.type === 'object' ? item.fields : [Object.assign({ name: '' }, item)];
		const tbody = el('tbody');
		const rows = [];
		const colPath = name => labelPath + '[].' + name;

		function addRow(rowValue) {
			const tr = el('tr');
			const controls = columns.map(col => {
				const control = inputFor(col, '', rowValue ? rowValue[col.name] : null, ctx.readOnly, ctx.labels, colPath(col.name));
				control.element.setAttribute('aria-label', label(ctx.labels, colPath(col.name)));
				tr.append(el('td', {}, control.element, el('div', { class: 'violation' })));
				return { name: col.name, control };
			});
			const row = { tr, controls };
			if (!ctx.readOnly) {
				tr.append(el('td', {}, el('button', {
					type: 'button', class: 'link', title: 'Xóa dòng', onclick: () => {
						rows.splice(rows.indexOf(row), 1);
						tr.remove();
						renumber();
					}
				}, 'Xóa')));
			}
			rows.push(row);
			tbody.append(tr);
			renumber();
		}

		function renumber() {
			rows.forEach((row, i) => row.controls.forEach(c => {
				const p = path + '[' + i + '].' + c.name;
				c.control.element.dataset.path = p;
				c.control.element.nextElementSibling && c.control.element.nextElementSibling.setAttribute('data-for', p);
			}));
		}

		(value || []).forEach(addRow);
		const head = el('tr', {}, columns.map(col => el('th', {}, label(ctx.labels, colPath(col.name)),
			col.required ? el('span', { class: 'req' }, ' *') : null)), ctx.readOnly ? null : el('th'));
		const tableEl = el('table', { class: 'grid', 'data-path': path }, el('thead', {}, head), tbody);
		const add = ctx.readOnly ? null : el('button', { type: 'button', class: 'secondary', onclick: () => addRow(null) }, '+ Thêm dòng');
		const body = el('div', { class: 'table-wrap' }, tableEl, add, el('div', { class: 'violation', 'data-for': path }));
		const element = top
			? el('details', { class: 'section', open: true, 'data-section': path }, el('summary', {}, label(ctx.labels, labelPath)), body)
			: el('fieldset', { class: 'wide' }, el('legend', {}, label(ctx.labels, labelPath)), body);
		return {
			element,
			get() {
				const list = rows.map(row => {
					const out = {};
					row.controls.forEach(c => {
						out[c.name] = c.control.get();
					});
					return out;
				}).filter(r => Object.values(r).some(v => v !== null));
				return list.length ? list : null;
			}
		};
	}

	function join(path, name) {
		return path ? path + '.' + name : name;
	}

	function render(node, path, value, ctx, labelPath, top) {
		if (node.type === 'object') {
			return object(node, path, value, ctx, labelPath, top);
		}
		if (node.type === 'array') {
			return table(node, path, value, ctx, labelPath, top);
		}
		return leaf(node, path, value, ctx, labelPath);
	}

	/** Builds the form into container; returns {read(), showViolations(list), sections()}. */
	function create(container, description, labels, value, options) {
		const ctx = { labels, readOnly: !!(options && options.readOnly), hidden: ['schemaVersion'] };
		const parts = description.fields.filter(f => !ctx.hidden.includes(f.name)).map(f =>
			({ name: f.name, part: render(f, f.name, value ? value[f.name] : null, ctx, f.name, true) }));
		container.replaceChildren(...parts.map(p => p.part.element));
		return {
			read() {
				const out = { schemaVersion: (value && value.schemaVersion) || 1 };
				parts.forEach(p => {
					out[p.name] = p.part.get();
				});
				return out;
			},
			/** Puts each RFC 7807 violation next to its field; returns those without a field on the page. */
			showViolations(violations) {
				container.querySelectorAll('.violation').forEach(v => v.replaceChildren());
				container.querySelectorAll('.invalid').forEach(v => v.classList.remove('invalid'));
				const unplaced = [];
				(violations || []).forEach(v => {
					const box = container.querySelector('.violation[data-for="' + CSS.escape(v.field) + '"]');
					if (box) {
						box.append(el('div', {}, v.messageVi || v.messageEn));
						const input = container.querySelector('[data-path="' + CSS.escape(v.field) + '"]');
						input && input.classList.add('invalid');
						const section = box.closest('details');
						section && (section.open = true);
					} else {
						unplaced.push(v);
					}
				});
				const first = container.querySelector('.invalid');
				first && first.focus();
				return unplaced;
			},
			sections() {
				return parts.map(p => ({ path: p.name, label: label(labels, p.name) }));
			},
			labelOf(path) {
				return label(labels, path.replace(/\[\d+\]/g, '[]'));
			}
		};
	}

	return { create, label };
})();
