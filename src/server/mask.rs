//! Masked hints for destinations: enough for the owner to recognise, too little to harvest.

/// `alice@example.com` → `a***@e******.com`
pub fn email(addr: &str) -> String {
    let Some((local, domain)) = addr.split_once('@') else {
        return stars(addr, 1, 0);
    };
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let mut out = stars(local, 1, 0);
    out.push('@');
    out.push_str(&stars(host, 1, 0));
    if !tld.is_empty() {
        out.push('.');
        out.push_str(tld);
    }
    out
}

/// `+391234567812` → `+39*******12`
pub fn phone(number: &str) -> String {
    let keep_front = if number.starts_with('+') { 3 } else { 0 };
    stars(number, keep_front, 2)
}

fn stars(s: &str, front: usize, back: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= front + back {
        return "*".repeat(chars.len().max(3));
    }
    let mut out: String = chars[..front].iter().collect();
    out.push_str(&"*".repeat((chars.len() - front - back).max(3)));
    out.extend(&chars[chars.len() - back..]);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn masks() {
        assert_eq!(super::email("alice@example.com"), "a****@e******.com");
        assert_eq!(super::phone("+391234567812"), "+39********12");
        assert_eq!(super::email("x@y"), "***@***");
    }
}
