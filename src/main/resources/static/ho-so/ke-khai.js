/* The CV entry page of a task: the employee's self-entry (onboarding) or a proposed change of data. */
'use strict';
(async () => {
	const el = Page.el;
	const messages = document.getElementById('messages');
	// which task API this page works: the body's data attributes (onboarding self-entry, change-of-data proposal)
	const taskApi = document.body.dataset.taskApi;
	const submitPath = document.body.dataset.submit;
	const taskId = Page.param('taskId');
	const callbackUrl = Page.safeUrl(Page.param('callbackUrl'), '/camunda/app/tasklist/');
	document.getElementById('back').href = callbackUrl;
	let form = null;
	let draftVersion = null;
	let personId = null;

	async function load() {
		if (!taskId) {
			throw new Error('Thiếu mã công việc (taskId) trong địa chỉ trang.');
		}
		const task = await Api.get(taskApi + encodeURIComponent(taskId));
		personId = task.personId;
		document.getElementById('task').replaceChildren(el('dl', {},
			el('dt', {}, 'Công việc'), el('dd', {}, task.name),
			el('dt', {}, 'Hạn hoàn thành'), el('dd', {}, Page.formatDateTime(task.due)),
			el('dt', {}, 'Mã hồ sơ'), el('dd', {}, String(task.personId)),
			...(task.eventDate ? [el('dt', {}, 'Ngày phát sinh thay đổi'), el('dd', {}, new Date(task.eventDate).toLocaleDateString('vi-VN'))] : []),
			...(task.returnReasons ? [el('dt', {}, 'Bị trả lại với lý do'), el('dd', { id: 'return-reasons' }, task.returnReasons)] : [])));
		const [description, labels, draft] = await Promise.all([Api.static('cv-form.json'), Api.static('labels.vi.json'),
			Api.get('/api/people/' + personId + '/profile/draft')]);
		draftVersion = draft.version;
		form = CvForm.create(document.getElementById('cv'), description, labels, draft.content, { readOnly: draft.lockedForEditing });
		const sections = document.getElementById('evidence-section');
		sections.replaceChildren(...form.sections().map(s => el('option', { value: s.path }, s.label)));
		if (draft.lockedForEditing) {
			Page.showInfo(messages, 'Hồ sơ đang khóa chỉnh sửa (đã rà soát hoặc chờ phê duyệt).');
			document.querySelectorAll('.actions button, #upload').forEach(b => { b.disabled = true; });
		}
		await listAttachments();
	}

	async function listAttachments() {
		const list = await Api.get('/api/people/' + personId + '/attachments');
		document.querySelector('#attachments tbody').replaceChildren(...list.map(a => el('tr', {},
			el('td', {}, form.labelOf(a.fieldPath)),
			el('td', {}, el('a', { href: '/api/people/' + personId + '/attachments/' + a.id + '/content' }, a.fileName)),
			el('td', {}, Math.ceil(a.sizeBytes / 1024) + ' KB'),
			el('td', {}, Page.formatDateTime(a.uploadedAt)))));
	}

	async function save() {
		try {
			const saved = await Api.call('PUT', '/api/people/' + personId + '/profile/draft', form.read(),
				draftVersion === null ? {} : { 'If-Match': '"' + draftVersion + '"' });
			draftVersion = saved.version;
			form.showViolations([]);
			messages.replaceChildren();
			document.getElementById('saved').textContent = 'Đã lưu lúc ' + Page.formatDateTime(saved.updatedAt);
			return true;
		} catch (error) {
			const unplaced = form.showViolations(error.problem && error.problem.violations);
			Page.showError(messages, error);
			unplaced.forEach(v => messages.append(el('div', { class: 'message error' }, form.labelOf(v.field) + ': ' + (v.messageVi || v.messageEn))));
			return false;
		}
	}

	document.getElementById('save').addEventListener('click', save);
	document.getElementById('submit').addEventListener('click', async () => {
		if (!await save()) {
			return;
		}
		try {
			await Api.call('POST', taskApi + encodeURIComponent(taskId) + submitPath);
			Page.showInfo(messages, 'Đã gửi. Đang quay về Tasklist…');
			window.location.href = callbackUrl;
		} catch (error) {
			form.showViolations(error.problem && error.problem.violations);
			Page.showError(messages, error);
		}
	});
	document.getElementById('upload').addEventListener('click', async () => {
		const file = document.getElementById('evidence-file').files[0];
		if (!file) {
			Page.showError(messages, new Error('Chọn tệp cần tải lên.'));
			return;
		}
		const data = new FormData();
		data.append('file', file);
		data.append('fieldPath', document.getElementById('evidence-section').value);
		try {
			await Api.call('POST', '/api/people/' + personId + '/attachments', data);
			document.getElementById('evidence-file').value = '';
			Page.showInfo(messages, 'Đã tải lên ' + file.name);
			await listAttachments();
		} catch (error) {
			Page.showError(messages, error);
		}
	});

	try {
		await load();
	} catch (error) {
		Page.showError(messages, error);
	}
})();
