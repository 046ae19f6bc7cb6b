/* Shared helpers of the pages under /ho-so/: API calls with the session login, DOM building, problems. */
'use strict';

const Page = {
	param(name) {
		return new URLSearchParams(window.location.search).get(name);
	},

	/** Only a same-origin address is followed (no open redirect through callbackUrl or next). */
	safeUrl(url, fallback) {
		if (!url) {
			return fallback;
		}
		try {
			const target = new URL(url, window.location.origin);
			return target.origin === window.location.origin ? target.href : fallback;
		} catch (e) {
			return fallback;
		}
	},

	toLogin() {
		const next = window.location.pathname + window.location.search;
		window.location.href = '/ho-so/dang-nhap.html?next=' + encodeURIComponent(next);
	},

	el(tag, attrs, ...children) {
		const node = document.createElement(tag);
		Object.entries(attrs || {}).forEach(([key, value]) => {
			if (value === null || value === undefined || value === false) {
				return;
			}
			if (key.startsWith('on')) {
				node.addEventListener(key.substring(2), value);
			} else if (key === 'text') {
				node.textContent = value;
			} else {
				node.setAttribute(key, value === true ? '' : value);
			}
		});
		children.flat().forEach(child => {
			if (child !== null && child !== undefined) {
				node.append(child instanceof Node ? child : document.createTextNode(String(child)));
			}
		});
		return node;
	},

	formatDateTime(value) {
		return value ? new Date(value).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
	},

	/** Shows an error (an ApiError's problem, or any error) in the page's message box. */
	showError(box, error) {
		const problem = error && error.problem;
		const text = problem ? (problem.detailVi || problem.detail || problem.title) : (error && error.message) || String(error);
		box.replaceChildren(Page.el('div', { class: 'message error', role: 'alert' }, text));
	},

	showInfo(box, text) {
		box.replaceChildren(Page.el('div', { class: 'message info', role: 'status' }, text));
	}
};

class ApiError extends Error {
	constructor(status, problem) {
		super((problem && (problem.detailVi || problem.detail || problem.title)) || ('HTTP ' + status));
		this.status = status;
		this.problem = problem;
	}
}

const Api = {
	csrfToken() {
		const match = document.cookie.split('; ').find(c => c.startsWith('CBCCVC-XSRF='));
		return match ? decodeURIComponent(match.substring('CBCCVC-XSRF='.length)) : null;
	},

	/** fetch against /api with the session; a 401 sends the user to the login page. */
	async call(method, url, body, extraHeaders) {
		const headers = Object.assign({ 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }, extraHeaders || {});
		let payload = body;
		if (body !== undefined && body !== null && !(body instanceof FormData)) {
			headers['Content-Type'] = 'application/json';
			payload = JSON.stringify(body);
		}
		const token = Api.csrfToken();
		if (token) {
			headers['X-CBCCVC-XSRF'] = token;
		}
		const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
		if (response.status === 401 && !url.startsWith('/api/login')) {
			Page.toLogin();
			throw new ApiError(401, { detailVi: 'Cần đăng nhập' });
		}
		const text = await response.text();
		const json = text ? JSON.parse(text) : null;
		if (!response.ok) {
			throw new ApiError(response.status, json);
		}
		return json;
	},

	get(url) {
		return Api.call('GET', url);
	},

	async static(url) {
		const response = await fetch(url, { credentials: 'same-origin' });
		return response.json();
	}
};
