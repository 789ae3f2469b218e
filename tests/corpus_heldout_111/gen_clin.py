"""Clinical vocabulary (bilingual) and the spec helper used by all scenario modules."""
import datetime

from gen_common import ORG

# (fr, en) pairs
DX = {
    'oud': ("trouble lié à l'usage d'opioïdes", 'opioid use disorder'),
    'hcv': ('hépatite C chronique', 'chronic hepatitis C'),
    'hiv': ('infection par le VIH', 'HIV infection'),
    'scz': ('schizophrénie', 'schizophrenia'),
    'bip': ('trouble bipolaire de type I', 'bipolar I disorder'),
    'tpl': ('trouble de personnalité limite', 'borderline personality disorder'),
    'db2': ('diabète de type 2', 'type 2 diabetes'),
    'epi': ('épilepsie', 'epilepsy'),
    'copd': ('MPOC', 'COPD'),
    'hta': ('hypertension artérielle', 'hypertension'),
    'ptsd': ('trouble de stress post-traumatique', 'post-traumatic stress disorder'),
    'dep': ('trouble dépressif majeur', 'major depressive disorder'),
    'roh': ('trouble lié à l\'usage d\'alcool', 'alcohol use disorder'),
    'ltbi': ('tuberculose latente', 'latent tuberculosis infection'),
    'cell': ("cellulite de l'avant-bras (site d'injection)", 'forearm cellulitis at an injection site'),
    'fa': ('fibrillation auriculaire', 'atrial fibrillation'),
    'ah': ('asthme', 'asthma'),
    'tdah': ('TDAH', 'ADHD'),
    'stim': ("trouble lié à l'usage de stimulants", 'stimulant use disorder'),
}

MED = {
    'metha': ('méthadone {d} mg PO DIE', 'methadone {d} mg PO daily'),
    'bup': ('buprénorphine-naloxone {d}/{n} mg SL DIE', 'buprenorphine-naloxone {d}/{n} mg SL daily'),
    'subl': ('buprénorphine à libération prolongée (Sublocade) {d} mg SC q28j', 'extended-release buprenorphine (Sublocade) {d} mg SC q28d'),
    'quet': ('quétiapine {d} mg HS', 'quetiapine {d} mg at bedtime'),
    'olz': ('olanzapine {d} mg HS', 'olanzapine {d} mg at bedtime'),
    'pali': ('palipéridone palmitate {d} mg IM q4 sem', 'paliperidone palmitate {d} mg IM q4 weeks'),
    'li': ('lithium {d} mg HS', 'lithium carbonate {d} mg at bedtime'),
    'sert': ('sertraline {d} mg DIE', 'sertraline {d} mg daily'),
    'metf': ('metformine {d} mg BID', 'metformin {d} mg BID'),
    'glar': ('insuline glargine {d} unités HS', 'insulin glargine {d} units at bedtime'),
    'lev': ('lévétiracétam {d} mg BID', 'levetiracetam {d} mg BID'),
    'epc': ('sofosbuvir-velpatasvir 400/100 mg DIE x 12 semaines', 'sofosbuvir-velpatasvir 400/100 mg daily x 12 weeks'),
    'bik': ('bictégravir/emtricitabine/ténofovir alafénamide 1 co DIE', 'bictegravir/emtricitabine/tenofovir alafenamide 1 tab daily'),
    'praz': ('prazosine {d} mg HS', 'prazosin {d} mg at bedtime'),
    'gaba': ('gabapentine {d} mg TID', 'gabapentin {d} mg TID'),
    'aml': ('amlodipine {d} mg DIE', 'amlodipine {d} mg daily'),
    'apix': ('apixaban {d} mg BID', 'apixaban {d} mg BID'),
    'inh': ('isoniazide 300 mg DIE + pyridoxine 25 mg', 'isoniazid 300 mg daily + pyridoxine 25 mg'),
    'ceph': ('céfalexine {d} mg QID x 7 jours', 'cephalexin {d} mg QID x 7 days'),
    'salb': ('salbutamol 100 mcg 2 inh PRN', 'salbutamol 100 mcg 2 puffs PRN'),
    'nalox': ('trousse de naloxone intranasale 4 mg', 'intranasal naloxone 4 mg kit'),
    'clon': ('clonidine {d} mcg TID PRN (sevrage)', 'clonidine {d} mcg TID PRN (withdrawal)'),
    'tiam': ('thiamine 100 mg DIE', 'thiamine 100 mg daily'),
    'dzp': ('diazépam selon protocole CIWA', 'diazepam per CIWA protocol'),
}
DOSES = {'metha': [45, 60, 70, 80, 85, 90, 100, 110, 120, 140], 'bup': [(8, 2), (12, 3), (16, 4), (24, 6)],
         'subl': [100, 300], 'quet': [50, 100, 200, 300, 400], 'olz': [5, 10, 15, 20], 'pali': [100, 150, 234],
         'li': [600, 900, 1200], 'sert': [50, 100, 150], 'metf': [500, 850, 1000], 'glar': [14, 18, 22, 30],
         'lev': [500, 750, 1000], 'praz': [1, 2, 5], 'gaba': [300, 600], 'aml': [5, 10], 'apix': [5],
         'ceph': [500], 'clon': [100, 200]}


def med(key, lang, rng):
    t = MED[key][0 if lang == 'fr' else 1]
    if key == 'bup':
        d, n = rng.choice(DOSES['bup'])
        return t.format(d=d, n=n)
    if key in DOSES:
        return t.format(d=rng.choice(DOSES[key]))
    return t


def dx(key, lang):
    return DX[key][0 if lang == 'fr' else 1]


def lab(key, lang, rng):
    fr = lang == 'fr'
    if key == 'hcv_rna':
        v = rng.choice(['1,8 x 10^6', '640 000', '2,3 x 10^5', '4,1 x 10^6'])
        return (f'ARN VHC quantitatif : {v} UI/mL (génotype {rng.choice(["1a", "3a", "2"])})' if fr else
                f'HCV RNA: {v.replace(",", ".")} IU/mL (genotype {rng.choice(["1a", "3a", "2"])})')
    if key == 'hcv_svr':
        return ('ARN VHC 12 semaines post-traitement : non détecté (RVS)' if fr else
                'HCV RNA 12 weeks post-treatment: not detected (SVR12)')
    if key == 'hiv_vl':
        v = rng.choice(['< 40', '112', '3 450', '48 000'])
        cd4 = rng.choice([180, 320, 410, 560, 690])
        return (f'charge virale VIH {v} copies/mL, CD4 {cd4} cellules/µL' if fr else
                f'HIV viral load {v} copies/mL, CD4 {cd4} cells/µL')
    if key == 'a1c':
        v = rng.choice(['8,4', '9,1', '10,6', '11,2', '7,9'])
        return f'HbA1c {v} %' if fr else f'HbA1c {v.replace(",", ".")}%'
    if key == 'li':
        v = rng.choice(['0,4', '0,7', '1,3', '1,6'])
        return f'lithémie {v} mmol/L' if fr else f'lithium level {v.replace(",", ".")} mmol/L'
    if key == 'tst':
        v = rng.choice([11, 12, 14, 16, 18])
        return f'TCT lu à 48 h : induration de {v} mm' if fr else f'TST read at 48 h: {v} mm induration'
    if key == 'uds':
        s = rng.choice([('fentanyl, méthamphétamine', 'fentanyl, methamphetamine'), ('fentanyl', 'fentanyl'),
                        ('cocaïne, benzodiazépines', 'cocaine, benzodiazepines')])
        return f'dépistage urinaire positif : {s[0]}' if fr else f'urine drug screen positive for {s[1]}'
    if key == 'inr':
        v = rng.choice(['3,9', '4,6', '1,4'])
        return f'INR {v}' if fr else f'INR {v.replace(",", ".")}'
    if key == 'alt':
        v = rng.choice([88, 112, 146, 240])
        return f'ALT {v} U/L' if fr else f'ALT {v} U/L'
    if key == 'gluc':
        v = rng.choice(['22,4', '27,9', '2,6', '19,8'])
        return f'glycémie capillaire {v} mmol/L' if fr else f'capillary glucose {v.replace(",", ".")} mmol/L'
    if key == 'syph':
        return ('sérologie syphilis : RPR réactif 1:32, TPPA positif' if fr else
                'syphilis serology: RPR reactive 1:32, TPPA positive')
    if key == 'crea':
        v = rng.choice([128, 164, 212])
        return f'créatinine {v} µmol/L (DFGe {rng.choice([38, 44, 52])})' if fr else \
               f'creatinine {v} µmol/L (eGFR {rng.choice([38, 44, 52])})'
    raise KeyError(key)


def spec(category, lang, types, note, subject, sender, to, body, when, cc=(), attachments=(), **kw):
    """Assemble a message spec; sender/to/cc are staff dicts or (name, addr) tuples."""
    def pair(x):
        if isinstance(x, dict):
            return (x.get('dname', x.get('name')), x['email'])
        return x
    to = [pair(t) for t in to]
    me = pair(sender)
    to = [t if t[1] != me[1] else (('Service de santé' if lang == 'fr' else 'Health Services'), 'sante@' + t[1].split('@')[1]) for t in to]
    cc = [c for c in (pair(c) for c in cc) if c[1] != me[1] and c[1] not in {t[1] for t in to}]
    d = dict(category=category, lang=lang, types=sorted(set(types)), note=note, subject=subject,
             from_=me, to=to, cc=cc, body=body, date=when,
             attachments=list(attachments))
    d.update(kw)
    return d


def org_box(org, lang, name='Service'):
    o = ORG[org]
    return (o.get('unit_' + lang) or o[lang], f'{name.lower().replace(" ", ".")}@{o["domain"]}')


def dept_addr(label, org):
    return (label, f'{label.lower().replace(" ", "").replace("é", "e").replace("è", "e").replace("’", "")}@{ORG[org]["domain"]}')


def later(when, days=0, hour=None, minute=0):
    d = when + datetime.timedelta(days=days)
    if hour is not None:
        d = d.replace(hour=hour, minute=minute)
    return d


def workday_after(when, n):
    d = when
    while n > 0:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d
