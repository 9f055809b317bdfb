import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLang, dictionaries } from './i18n';

test('the saved language wins, then the browser language', () => {
  assert.equal(detectLang('en', 'ru-RU'), 'en');
  assert.equal(detectLang('ru', 'en-US'), 'ru');
  assert.equal(detectLang(null, 'ru-RU'), 'ru');
  assert.equal(detectLang(null, 'RU'), 'ru');
  assert.equal(detectLang(null, 'pl-PL'), 'en');
  assert.equal(detectLang('de', 'ru'), 'ru');
  assert.equal(detectLang(null, undefined), 'en');
});

test('both languages have every message, with the same parameters', () => {
  const params = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
  const keys = Object.keys(dictionaries.en);
  assert.deepEqual(Object.keys(dictionaries.ru).sort(), [...keys].sort());
  for (const key of keys as (keyof typeof dictionaries.en)[]) {
    assert.ok(dictionaries.ru[key].trim(), `ru ${key} is empty`);
    assert.ok(dictionaries.en[key].trim(), `en ${key} is empty`);
    assert.deepEqual(params(dictionaries.ru[key]), params(dictionaries.en[key]), key);
  }
});
